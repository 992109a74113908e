namespace CjmBot.Themes;

/// <summary>
/// A small bilingual vocabulary of what customers complain about and what teams propose in a journey map: words of
/// one concept in English and Russian (price/цена/дорого) become one feature, so that answers group by meaning across
/// the two languages and across synonyms. Words are listed as people write them; they are stemmed like the answers.
/// Words that belong to several concepts ("card", "email", "sign") are left out on purpose: they would pull unrelated
/// answers together.
/// </summary>
internal static class ThemeLexicon
{
    public static IReadOnlyList<(string Concept, string[] Words)> Concepts { get; } =
    [
        ("price", ["price", "prices", "pricing", "subscription", "expensive", "cost", "costly", "pricey", "overpriced", "cheap", "cheaper", "tariff", "fee", "fees",
            "цена", "цены", "дорого", "дорогой", "дорогие", "стоимость", "тариф", "тарифы", "дешевле", "дешёвый", "переплата", "подписка", "подписки"]),
        ("delivery", ["delivery", "deliver", "delivered", "shipping", "shipment", "courier", "parcel", "tracking",
            "доставка", "доставки", "курьер", "посылка", "трекинг", "отправка"]),
        ("registration", ["registration", "register", "signup", "onboarding",
            "регистрация", "зарегистрироваться", "регистрироваться"]),
        ("payment", ["payment", "payments", "pay", "checkout", "declined", "installments",
            "оплата", "оплатить", "платеж", "платёж", "списались", "сбп", "рассрочка"]),
        ("support", ["support", "agent", "agents", "operator", "helpdesk", "hotline",
            "поддержка", "оператор", "операторы", "обращения", "дозвониться"]),
        ("speed", ["slow", "slowly", "speed", "load", "loading", "loads", "lag", "lags", "forever",
            "медленно", "медленная", "медленный", "тормозит", "грузится", "загрузка", "загружаются", "зависает", "скорость"]),
        ("navigation", ["navigation", "menu", "find", "clicks", "lost", "categories", "section", "filters",
            "навигация", "меню", "найти", "находит", "раздел", "кликов", "категории", "нажать", "фильтры"]),
        ("information", ["description", "descriptions", "specifications", "specs", "photos", "information", "info", "details", "detailed",
            "описание", "описания", "характеристики", "характеристик", "фотографии", "информации", "информация", "подробные", "комплект"]),
        ("returns", ["return", "returns", "returning", "refund", "refunds",
            "возврат", "вернуть", "возврата"]),
        ("notifications", ["spam", "emails", "newsletter", "unsubscribe", "marketing", "notifications", "push", "sms", "digest",
            "рассылка", "рассылки", "рассылок", "спам", "уведомления", "уведомлений", "отписаться", "рекламных", "смс", "пуш"]),
        ("app", ["app", "application", "mobile", "android", "ios", "crash", "crashes", "battery",
            "приложение", "приложения", "вылетает", "вылеты", "падает", "андроид", "андроиде", "айфон", "айфона", "мобильное", "глючит", "батарею"]),
        ("trust", ["reviews", "review", "trust", "fake", "ratings", "rating", "certificates", "guarantees", "doubt", "verified", "stars",
            "отзывы", "отзывов", "доверяют", "доверие", "фейковые", "сертификатов", "гарантий", "рейтинг"]),
        ("loyalty", ["loyalty", "discount", "discounts", "bonus", "bonuses", "points", "cashback", "repeat", "regular",
            "лояльности", "скидка", "скидки", "скидок", "бонусы", "бонусные", "баллы", "кэшбэк", "постоянным", "постоянных"]),
        ("stock", ["stock", "availability", "available", "sold", "warehouse",
            "наличии", "наличие", "складе", "склад", "распроданы", "поступлении"]),
        ("documents", ["paperwork", "contract", "contracts", "documents", "signature", "acts", "invoices",
            "договор", "договора", "документы", "документов", "подписи", "подпись", "эдо", "акты"]),
        ("password", ["password", "passwords", "reset", "locked", "credentials",
            "пароль", "пароля", "паролей", "паролю", "сброса", "восстановление", "войти", "блокируют"]),
    ];

    /// <summary>Two-word phrases that mean one word ("sign up" is not "sign a contract").</summary>
    public static IReadOnlyDictionary<(string, string), string> Phrases { get; } = new Dictionary<(string, string), string>
    {
        [("sign", "up")] = "signup",
        [("sign", "in")] = "login",
        [("log", "in")] = "login",
        [("out", "of")] = "out",
    };
}
