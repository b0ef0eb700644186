//! The form's texts: Russian (the language of the form) with English, Kazakh and Chinese
//! renderings printed underneath in the user's language. The field set is kz.md §7.2 (an
//! inference from what is reported about the Rules' annex and vmp.gov.kz, not an official
//! layout).

use crate::i18n::Lang;

/// One text in the four languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct L {
    pub ru: &'static str,
    pub en: &'static str,
    pub kk: &'static str,
    pub zh: &'static str,
}

impl L {
    /// The rendering printed under the Russian one: none for Russian.
    pub fn under(&self, lang: Lang) -> Option<&'static str> {
        match lang {
            Lang::Ru => None,
            Lang::En => Some(self.en),
            Lang::Kk => Some(self.kk),
            Lang::Zh => Some(self.zh),
        }
    }
}

macro_rules! labels {
    ($($name:ident = $ru:literal, $en:literal, $kk:literal, $zh:literal;)+) => {
        $(pub const $name: L = L { ru: $ru, en: $en, kk: $kk, zh: $zh };)+
        /// Every label, for tests.
        pub const ALL: &[L] = &[$($name),+];
    };
}

labels! {
    TITLE = "Уведомление о прибытии иностранца или лица без гражданства",
        "Notification of the arrival of a foreigner or stateless person",
        "Шетелдіктің немесе азаматтығы жоқ адамның келгені туралы хабарлама",
        "外国人或无国籍人抵达通知";
    SUBTITLE = "подаётся принимающей стороной в органы внутренних дел (миграционную службу)",
        "filed by the receiving party with the internal affairs (migration) authority",
        "қабылдаушы тарап ішкі істер органдарына (көші-қон қызметіне) береді",
        "由接待方向内务（移民）机关提交";
    NOTICE = "Не официальный бланк. Поля составлены по сведениям о приложении к Правилам (приказ МВД РК № 83) и о форме на vmp.gov.kz; официальная форма и её расположение не установлены. Уведомление подаётся через vmp.gov.kz, egov.kz, eQonaq или в миграционной службе.",
        "Not the official form. The fields follow those reported for the annex to the Rules (MIA Order No. 83) and the vmp.gov.kz form; the official layout is not established. The notification itself is filed via vmp.gov.kz, egov.kz, eQonaq or at the migration service.",
        "Ресми бланк емес. Өрістер Қағидалар қосымшасы (ҚР ІІМ № 83 бұйрығы) мен vmp.gov.kz нысаны туралы мәліметтер бойынша жасалған; ресми нысаны мен орналасуы анықталмаған. Хабарлама vmp.gov.kz, egov.kz, eQonaq арқылы немесе көші-қон қызметінде беріледі.",
        "非官方表格。各栏目依据有关《规则》附件（哈萨克斯坦内务部第83号令）及 vmp.gov.kz 表格的公开信息整理，官方版式尚不明确。正式通知须通过 vmp.gov.kz、egov.kz、eQonaq 或移民服务机构提交。";

    BLOCK_FOREIGNER = "1. Сведения об иностранце", "1. The foreigner", "1. Шетелдік туралы мәліметтер", "1. 外国人信息";
    SURNAME = "Фамилия", "Surname", "Тегі", "姓";
    GIVEN_NAMES = "Имя", "Given name(s)", "Аты", "名";
    PATRONYMIC = "Отчество (при наличии)", "Patronymic (if any)", "Әкесінің аты (бар болса)", "父称（如有）";
    BIRTH_DATE = "Дата рождения", "Date of birth", "Туған күні", "出生日期";
    SEX = "Пол", "Sex", "Жынысы", "性别";
    MALE = "муж.", "male", "ер", "男";
    FEMALE = "жен.", "female", "әйел", "女";
    CITIZENSHIP = "Гражданство", "Citizenship", "Азаматтығы", "国籍";
    STATELESS = "лицо без гражданства", "stateless person", "азаматтығы жоқ адам", "无国籍人";
    PASSPORT_NUMBER = "Паспорт: номер", "Passport number", "Паспорт нөмірі", "护照号码";
    PASSPORT_ISSUED = "Дата выдачи", "Date of issue", "Берілген күні", "签发日期";
    PASSPORT_EXPIRY = "Действителен до", "Valid until", "Жарамдылық мерзімі", "有效期至";
    VISA_NUMBER = "Виза: номер", "Visa number", "Виза нөмірі", "签证号码";
    VISA_KIND = "Вид визы", "Type of visa", "Виза түрі", "签证种类";
    VISA_EXPIRY = "Виза действительна до", "Visa valid until", "Виза жарамды", "签证有效期至";

    BLOCK_ENTRY = "2. Въезд", "2. Entry", "2. Келу", "2. 入境";
    ENTRY_DATE = "Дата въезда в Республику Казахстан", "Date of entry into Kazakhstan", "Қазақстан Республикасына келген күні", "入境哈萨克斯坦日期";
    CHECKPOINT = "Пункт пропуска через границу", "Border checkpoint", "Шекарадан өткізу пункті", "入境口岸";
    PURPOSE = "Цель визита", "Purpose of the visit", "Сапар мақсаты", "访问目的";

    BLOCK_STAY = "3. Пребывание", "3. Stay", "3. Болу", "3. 停留";
    ADDRESS = "Адрес временного пребывания (область, город, улица, дом, квартира)",
        "Address of temporary stay (region, city, street, house, flat)",
        "Уақытша болатын мекенжайы (облыс, қала, көше, үй, пәтер)",
        "临时居住地址（州、市、街道、楼号、房号）";
    STAY_FROM = "Срок пребывания: с", "Stay from", "Болу мерзімі: басы", "停留期自";
    STAY_UNTIL = "по", "until", "соңы", "至";
    ACCOMMODATION = "Место размещения", "Accommodation", "Орналасу орны", "住宿类型";
    ACC_PRIVATE = "жильё физ. лица", "private home", "жеке тұрғын үй", "私人住所";
    ACC_HOTEL = "гостиница", "hotel", "қонақүй", "酒店";
    ACC_ORGANIZATION = "организация", "organisation", "ұйым", "单位";

    BLOCK_CHILDREN = "4. Сопровождающие дети (при наличии)", "4. Accompanying children (if any)", "4. Бірге жүрген балалар (бар болса)", "4. 随行子女（如有）";
    CHILD_NAME = "Фамилия, имя", "Full name", "Тегі, аты", "姓名";
    CHILD_PASSPORT = "Паспорт (номер)", "Passport number", "Паспорт нөмірі", "护照号码";

    BLOCK_HOST = "5. Принимающая сторона", "5. Receiving party (host)", "5. Қабылдаушы тарап", "5. 接待方";
    HOST_KIND = "Принимающая сторона", "Receiving party is", "Қабылдаушы тарап", "接待方类型";
    HOST_PERSON = "физ. лицо", "individual", "жеке тұлға", "自然人";
    HOST_ENTITY = "юр. лицо", "legal entity", "заңды тұлға", "法人";
    HOST_NAME = "ФИО / наименование организации", "Full name / name of the organisation", "Аты-жөні / ұйымның атауы", "姓名／单位名称";
    HOST_ID = "ИИН / БИН", "IIN / BIN", "ЖСН / БСН", "个人识别号／企业识别号";
    HOST_PHONE = "Телефон", "Phone", "Телефоны", "电话";
    HOST_CONTACT = "Ответственное лицо (для юр. лица)", "Responsible person (legal entity)", "Жауапты тұлға (заңды тұлға үшін)", "负责人（法人）";
    HOST_ADDRESS = "Адрес принимающей стороны", "Address of the receiving party", "Қабылдаушы тараптың мекенжайы", "接待方地址";

    DUE = "Уведомить не позднее", "Notify no later than", "Хабарлау мерзімі (кешіктірмей)", "最迟通知日期";
    FILLED_ON = "Дата заполнения", "Date filled in", "Толтырылған күні", "填写日期";
    SIGNATURE = "Подпись принимающей стороны", "Signature of the receiving party", "Қабылдаушы тараптың қолы", "接待方签字";
    CONT_TITLE = "Продолжение уведомления о прибытии", "Continuation of the notification of arrival", "Келгені туралы хабарламаның жалғасы", "抵达通知续页";
    CONT_SUB = "Поля, не поместившиеся на листе 1, полностью. На листе 1 они отмечены своим номером в квадратных скобках.",
        "The fields that did not fit on sheet 1, in full. On sheet 1 they are marked with their number in square brackets.",
        "1-параққа сыймаған өрістер толық. 1-парақта олар төртбұрышты жақшадағы нөмірімен белгіленген.",
        "第1页容纳不下的栏目的完整内容。第1页上这些栏目以方括号中的编号标出。";
    CONT_NOTE = "Поля с пометкой [1], [2] … полностью приведены на листе продолжения.",
        "Fields marked [1], [2] … are given in full on the continuation sheet.",
        "[1], [2] … белгісі бар өрістер жалғасы парағында толық берілген.",
        "标有[1]、[2]……的栏目完整内容见续页。";
    SHEET = "Лист {n} из {m}", "Sheet {n} of {m}", "{m} парақтың {n}-парағы", "第{n}页，共{m}页";
    CHILD_N = "ребёнок {n}", "child {n}", "{n}-бала", "子女{n}";
    FOREIGNER = "Иностранец", "Foreigner", "Шетелдік", "外国人";
    FOOTER = "Подготовлено tirkeu; правила проверены", "Prepared with tirkeu; rules checked on", "tirkeu арқылы дайындалды; қағидалар тексерілген күні", "由 tirkeu 生成；规则核对日期";
    NOT_ADVICE = "Справка, а не юридическая консультация.", "Information, not legal advice.", "Анықтама, заң кеңесі емес.", "仅供参考，不构成法律意见。";
}

/// The Russian name of a visa kind (as the form's value).
pub fn visa_ru(v: crate::scenario::Visa) -> &'static str {
    use crate::scenario::Visa::*;
    match v {
        None => "без визы (безвизовый въезд)",
        Tourist => "туристическая",
        Business => "деловая",
        Private => "частная",
        Work => "рабочая",
        Student => "студенческая",
        Investor => "инвесторская",
        Diplomatic => "дипломатическая",
        Service => "служебная",
        Transit => "транзитная",
        Medical => "на лечение",
        Humanitarian => "гуманитарная",
        Missionary => "миссионерская",
        Family => "воссоединение семьи",
    }
}
