// The few texts the widget needs that the page's tables (www/js/lang/*.js) do not have.
export const W = {
  en: { loading: 'Loading the calculator…', failed: 'The calculator could not be loaded.', optional: 'optional', results: 'Results', steps: 'Counting steps', full: 'Open the full calculator' },
  ru: { loading: 'Загрузка калькулятора…', failed: 'Не удалось загрузить калькулятор.', optional: 'необязательно', results: 'Результаты', steps: 'Как считается срок', full: 'Открыть полный калькулятор' },
  kk: { loading: 'Калькулятор жүктелуде…', failed: 'Калькуляторды жүктеу мүмкін болмады.', optional: 'міндетті емес', results: 'Нәтижелер', steps: 'Мерзім қалай есептеледі', full: 'Толық калькуляторды ашу' },
  zh: { loading: '正在加载计算器…', failed: '无法加载计算器。', optional: '可选', results: '结果', steps: '期限如何计算', full: '打开完整计算器' },
};
