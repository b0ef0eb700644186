### tirkeu: the embeddable calculator's own strings (www/embed). It also uses the page's ui- strings.

# The embeddable calculator (<tirkeu-calculator>, frame.html): shown while it loads.
ui-embed-loading = Загрузка калькулятора…

# The embeddable calculator (<tirkeu-calculator>, frame.html): shown when it cannot load.
ui-embed-failed = Не удалось загрузить калькулятор.

# The embeddable calculator (<tirkeu-calculator>, frame.html): after the label of an optional question.
ui-embed-optional = необязательно

# The embeddable calculator (<tirkeu-calculator>, frame.html): accessible name of the results region.
ui-embed-results = Результаты

# The embeddable calculator (<tirkeu-calculator>, frame.html): link to the full calculator.
ui-embed-full = Открыть полный калькулятор
