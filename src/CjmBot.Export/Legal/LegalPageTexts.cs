using System.Globalization;
using CjmBot.Workshops;

namespace CjmBot.Export.Legal;

/// <summary>
/// The words of <c>/privacy</c> and <c>/terms</c>. Every sentence describes behaviour the code has (storage layout:
/// src/CjmBot.Storage/README.md; deletion: DeleteWorkshop; links: the Exports options); change them with it.
/// </summary>
public static class LegalPageTexts
{
    /// <param name="facts">What this copy of the bot is set to (the page states its own settings).</param>
    public static LegalPageText English(LegalFacts facts) => new()
    {
        Language = Language.En,
        OtherLanguage = "English",
        Privacy = new LegalPage(
            "CjmBot privacy statement",
            "CjmBot is a Microsoft Teams bot that runs Customer Journey Map workshops. Each organisation runs its own copy of it in its own Azure subscription. This page says what that copy stores, where, who can see it, how long it is kept and how to remove it. The organisation that installed the bot is responsible for the data; ask its Teams or Azure administrators about anything this page does not answer.",
            [
                new LegalSection("What the bot stores", [
                    "For each workshop: its setup (title, product, goal, stages, segments and their portraits, settings), where the session stands, and everything contributed to it: answers with their source tag and emotion score, insights, edits and removals (each kept as a record of its own), ballots, action items with their owners and due dates, conclusions, and the invitations of people asked to contribute in a personal chat.",
                    "With each contribution: the Teams id and display name of the person who gave it and the time. In an anonymous workshop names are not shown on the map, the cards or the exports, but they are still stored with each answer, so that edit and undo work.",
                    "To reply in the right place: the chat's address in Teams, the ids of the cards and the map message the bot posted, and its scheduled jobs (question timers, reminders, deadlines, map redraws).",
                    "Outside the workshops, a few small items that hold no answers: which workshop a person's personal chat is answering now, that the bot has already said welcome in a chat, the chats where someone started an invitation, and the cards it posted that belong to no workshop (help, the setup form).",
                    "The bot receives the messages of the channels and group chats it is installed in (resource-specific consent), so that people can answer without mentioning it. It stores only what it takes as an answer while a workshop runs in that chat; other messages are ignored and not stored.",
                ]),
                new LegalSection("Where it is kept", [
                    "In Azure Table Storage, in the storage account of the organisation that runs the bot (the Storage settings). The makers of CjmBot never receive it. Each workshop is one partition of the Workshops table that holds everything the workshop owns; the other tables hold each chat's list of workshops and its cards of no workshop (Conversations), the scheduled jobs (Jobs) and what is a person's across workshops (State).",
                    "The deployment in infra/ creates that storage account without account keys, reached only with the bot's managed identity, and runs the bot in Azure Container Apps with its logs in a Log Analytics workspace, in the resource group and region the organisation chooses.",
                    "Microsoft Teams and the Azure Bot Service carry the messages between Teams and the bot, under the organisation's agreements with Microsoft.",
                ]),
                new LegalSection("Who can see what", [
                    "Members of the chat or channel where a workshop runs see its question cards, its map card and its live map in that chat, with the names of those who answered unless the workshop is anonymous.",
                    "An Open full map link shows the whole map as a web page to anyone who has the link. It is signed for one workshop, works for 30 days unless the organisation set another period (Exports:MapLinkLifetime), and stops working when the workshop is deleted.",
                    "Only facilitators export. Export files (Markdown, CSV, XLSX, HTML) are made when their download link is opened and are not kept by the bot. A download link is signed for one workshop and format and works for 24 hours unless the organisation set another period (Exports:LinkLifetime). Whom a facilitator passes a file or a link to is up to them.",
                    "Each person's ballot is stored so that they can change it, but voters are never named anywhere. Owners of action items are always named.",
                    "Whoever administers the organisation's Azure subscription can read the storage account.",
                ]),
                new LegalSection("How long it is kept, and how to remove it", [
                    facts.ClosedWorkshopDays > 0
                        ? $"This bot deletes a closed workshop, with everything in it, {Days(facts.ClosedWorkshopDays)} after it was closed (its setting Retention:ClosedWorkshopDays). An open workshop is kept until it is closed or deleted."
                        : "This bot keeps a workshop until a facilitator deletes it (its setting Retention:ClosedWorkshopDays is 0: closed workshops are not deleted after a period).",
                    "A facilitator can set another period for their workshop with the command retention (for example retention 90, or retention off to keep it until it is deleted by hand); reopening a workshop stops the clock, and a change never deletes it sooner than a week later. Seven days before a deletion the workshop's chat and its facilitators are reminded, so there is time to export. The deletion removes what the command delete removes, described next.",
                    "A facilitator deletes a workshop with the command delete: after a confirmation the bot removes the workshop's whole partition (every answer, insight, edit, ballot, action item, conclusion, invitation and state item), its scheduled jobs and its entry in the chat's list of workshops, takes its live map message out of the chat (or, where the chat does not allow that, replaces it with a note), and lists what was removed. Its full map and download links stop working.",
                    "A participant can replace or remove their own last answer with edit and undo. The change is kept as a record of its own, and the earlier text stays in storage until the workshop is deleted.",
                    "A person gets everything they contributed in every workshop of this bot (answers, insights, edits, their own ballots, conclusions, action items they own) with the command my data in their personal chat with the bot: two links, to JSON and Markdown, signed for them and working for the same time as download links (Exports:LinkLifetime); the file is made when a link is opened and not kept.",
                    "A person removes themselves with forget me in their personal chat with the bot, after a confirmation: in every workshop that holds their records (the bot keeps a list of a person's workshops so it need not look through every workshop) their answers, insights, edits, conclusions, invitation and the bot's state about them are deleted; their ballots stay only as anonymous counts (the totals do not change) and action items they owned stay, held by \"former participant\"; live maps are redrawn without them, and they get a receipt with counts. A facilitator can do the same for one participant of their workshop with forget @name; the participant is told in a personal chat where Teams allows. Theme labels, which are words taken from answers, stay until the themes are changed or the workshop is deleted.",
                    "Messages and cards the bot posted in Teams other than the live map, and files someone downloaded, are not removed by the bot; the organisation's Teams retention rules apply to them.",
                ]),
                new LegalSection("Logs and telemetry", [
                    "Participants' text is never written to the bot's logs above the Trace level, which is off unless the organisation turns it on (Logging:LogLevel).",
                    "Only when the organisation sets an OpenTelemetry endpoint (OTEL_EXPORTER_OTLP_ENDPOINT) do traces and metrics (turns, their duration, calls to Teams by status, storage requests, contributions) go there.",
                ]),
                new LegalSection("Security", [
                    "The bot accepts messages only with a valid Bot Framework token for its own app id and, where the organisation lists them (Bot:AllowedTenants), only from its tenants. Its web pages, this one included, load nothing from elsewhere and may be framed only by Teams.",
                ]),
            ]),
        Terms = new LegalPage(
            "CjmBot terms of use",
            "CjmBot runs Customer Journey Map workshops in Microsoft Teams chats and channels. It is run by the organisation that installed it, in its own Azure subscription. These terms say how the bot is meant to be used; the organisation's own policies for Teams and its data apply as well and come first.",
            [
                new LegalSection("Using the bot", [
                    "Contribute only what you may share with the people in the chat: what you answer in a workshop is shown to the chat's members and to those the facilitator shares the full map or the exports with.",
                    "Do not enter passwords, health data or other sensitive personal data. The bot treats no answer as confidential.",
                    "Facilitators decide when a workshop starts, moves on, closes, is exported and is deleted. Others may answer, file insights, vote and edit or undo their own last answer.",
                ]),
                new LegalSection("Your contributions", [
                    "What you contribute becomes part of the workshop, which belongs to the organisation. How it is stored and removed is described in the privacy statement.",
                ]),
                new LegalSection("No warranty", [
                    "The bot is provided as is, without warranty of any kind. The organisation running it decides whether it fits its purpose, and keeps the exports it needs.",
                ]),
                new LegalSection("Changes", [
                    "These pages describe the version of the bot that serves them and change with it.",
                ]),
            ]),
    };

    /// <param name="facts">What this copy of the bot is set to (the page states its own settings).</param>
    public static LegalPageText Russian(LegalFacts facts) => new()
    {
        Language = Language.Ru,
        OtherLanguage = "Русский",
        Privacy = new LegalPage(
            "CjmBot: заявление о конфиденциальности",
            "CjmBot — бот Microsoft Teams, который проводит воркшопы по карте пути клиента (CJM). Каждая организация запускает собственную копию бота в своей подписке Azure. Здесь сказано, что эта копия хранит, где, кто это видит, сколько это хранится и как это удалить. За данные отвечает организация, установившая бота; обо всём, на что эта страница не отвечает, спросите её администраторов Teams или Azure.",
            [
                new LegalSection("Что хранит бот", [
                    "Для каждого воркшопа: его настройки (название, продукт, цель, этапы, сегменты и их портреты, параметры), где находится сессия, и всё, что в него внесли: ответы с меткой источника и оценкой эмоции, инсайты, правки и удаления (каждое — отдельной записью), бюллетени голосования, задачи с ответственными и сроками, выводы, а также приглашения людей, которых попросили ответить в личном чате.",
                    "С каждым вкладом: идентификатор и отображаемое имя в Teams того, кто его внёс, и время. В анонимном воркшопе имена не показываются ни на карте, ни в карточках, ни в выгрузках, но хранятся вместе с каждым ответом, чтобы работали правка и отмена.",
                    "Чтобы отвечать в нужном месте: адрес чата в Teams, идентификаторы карточек и сообщения с картой, которые бот отправил, и его запланированные задания (таймеры вопросов, напоминания, сроки, перерисовка карты).",
                    "Вне воркшопов — несколько мелких записей без ответов: на какой воркшоп сейчас отвечает личный чат человека, что бот уже поздоровался в чате, чаты, в которых кто-то начал отвечать по приглашению, и отправленные им карточки, не относящиеся к воркшопу (справка, форма настройки).",
                    "Бот получает сообщения каналов и групповых чатов, в которые он установлен (согласие на уровне ресурса), чтобы люди могли отвечать, не упоминая его. Он хранит только то, что принял как ответ, пока в этом чате идёт воркшоп; остальные сообщения он пропускает и не хранит.",
                ]),
                new LegalSection("Где это хранится", [
                    "В Azure Table Storage, в учётной записи хранения организации, которая запускает бота (настройки Storage). Создатели CjmBot эти данные не получают. Каждый воркшоп — один раздел (partition) таблицы Workshops, в котором лежит всё, что принадлежит воркшопу; в остальных таблицах — список воркшопов каждого чата и его карточки вне воркшопов (Conversations), запланированные задания (Jobs) и то, что относится к человеку во всех воркшопах (State).",
                    "Развёртывание из infra/ создаёт эту учётную запись хранения без ключей доступа, к ней обращается только управляемое удостоверение бота; сам бот работает в Azure Container Apps, его журналы — в рабочей области Log Analytics, в той группе ресурсов и том регионе, которые выбрала организация.",
                    "Сообщения между Teams и ботом передают Microsoft Teams и Azure Bot Service по договорам организации с Microsoft.",
                ]),
                new LegalSection("Кто что видит", [
                    "Участники чата или канала, где идёт воркшоп, видят в этом чате карточки вопросов, карточку карты и живую карту с именами ответивших, если воркшоп не анонимный.",
                    "Ссылка «Открыть карту целиком» показывает всю карту веб-страницей любому, у кого она есть. Она подписана для одного воркшопа, действует 30 дней, если организация не задала другой срок (Exports:MapLinkLifetime), и перестаёт работать, когда воркшоп удалён.",
                    "Выгружают только ведущие. Файлы выгрузки (Markdown, CSV, XLSX, HTML) создаются, когда открывают ссылку на скачивание, и бот их не хранит. Ссылка на скачивание подписана для одного воркшопа и формата и действует 24 часа, если организация не задала другой срок (Exports:LinkLifetime). Кому ведущий передаст файл или ссылку, решает он сам.",
                    "Бюллетень каждого хранится, чтобы его можно было изменить, но голосовавшие нигде не названы. Ответственные за задачи названы всегда.",
                    "Учётную запись хранения могут читать администраторы подписки Azure организации.",
                ]),
                new LegalSection("Сколько это хранится и как это удалить", [
                    facts.ClosedWorkshopDays > 0
                        ? $"Этот бот удаляет закрытый воркшоп со всем содержимым через {RussianDays(facts.ClosedWorkshopDays)} после закрытия (его настройка Retention:ClosedWorkshopDays). Открытый воркшоп хранится, пока его не закроют или не удалят."
                        : "Этот бот хранит воркшоп, пока ведущий его не удалит (его настройка Retention:ClosedWorkshopDays равна 0: закрытые воркшопы по истечении срока не удаляются).",
                    "Ведущий может задать для своего воркшопа другой срок командой хранение (например, хранение 90 или хранение выкл, чтобы хранить до удаления вручную); если воркшоп снова открыть, отсчёт останавливается, а изменение срока никогда не удаляет воркшоп раньше чем через неделю. За семь дней до удаления бот напоминает об этом в чате воркшопа и его ведущим, чтобы успеть выгрузить данные. Удаляется то же, что удаляет команда удалить, описанная дальше.",
                    "Ведущий удаляет воркшоп командой удалить (delete): после подтверждения бот удаляет весь раздел воркшопа (все ответы, инсайты, правки, бюллетени, задачи, выводы, приглашения и записи состояния), его запланированные задания и его строку в списке воркшопов чата, убирает из чата сообщение с живой картой (а где чат этого не позволяет, заменяет его заметкой) и перечисляет, что удалено. Ссылки на карту и на скачивание этого воркшопа перестают работать.",
                    "Участник может заменить или убрать свой последний ответ командами изменить и отменить. Изменение хранится отдельной записью, а прежний текст остаётся в хранилище, пока воркшоп не удалён.",
                    "Человек получает всё, что он внёс во всех воркшопах этого бота (ответы, инсайты, правки, свои бюллетени, выводы, назначенные ему задачи), командой мои данные в личном чате с ботом: две ссылки, на JSON и на Markdown, подписанные для него и действующие столько же, сколько ссылки на скачивание (Exports:LinkLifetime); файл создаётся, когда открывают ссылку, и не хранится.",
                    "Человек удаляет себя командой забудь меня в личном чате с ботом, после подтверждения: во всех воркшопах, где есть его записи (бот ведёт список воркшопов каждого человека, чтобы не просматривать все воркшопы), удаляются его ответы, инсайты, правки, выводы, приглашение и состояние бота о нём; его бюллетени остаются только анонимными числами (итоги не меняются), а назначенные ему задачи остаются за «бывшим участником»; живые карты перерисовываются без него, и он получает квитанцию с числами. Ведущий может сделать то же для одного участника своего воркшопа командой забудь @имя; участнику пишут в личный чат, где Teams это позволяет. Названия тем, составленные из слов ответов, остаются, пока темы не изменят или воркшоп не удалят.",
                    "Сообщения и карточки, которые бот отправил в Teams, кроме живой карты, и скачанные кем-то файлы бот не удаляет; к ним применяются правила хранения Teams, заданные в организации.",
                ]),
                new LegalSection("Журналы и телеметрия", [
                    "Тексты участников никогда не попадают в журналы бота на уровне выше Trace, а он выключен, пока организация его не включит (Logging:LogLevel).",
                    "Только если организация задала адрес OpenTelemetry (OTEL_EXPORTER_OTLP_ENDPOINT), туда уходят трассировки и метрики (ходы, их длительность, вызовы Teams по статусам, запросы к хранилищу, вклады).",
                ]),
                new LegalSection("Безопасность", [
                    "Бот принимает сообщения только с действительным токеном Bot Framework для своего идентификатора приложения и, если организация задала список (Bot:AllowedTenants), только из её клиентов (tenants). Его веб-страницы, включая эту, ничего не загружают с других адресов, и встраивать их может только Teams.",
                ]),
            ]),
        Terms = new LegalPage(
            "CjmBot: условия использования",
            "CjmBot проводит воркшопы по карте пути клиента в чатах и каналах Microsoft Teams. Его запускает организация, которая его установила, в своей подписке Azure. Эти условия говорят, как боту следует пользоваться; правила самой организации для Teams и её данных тоже действуют и стоят на первом месте.",
            [
                new LegalSection("Как пользоваться ботом", [
                    "Пишите только то, чем можно поделиться с людьми в чате: ваши ответы в воркшопе видят участники чата и те, с кем ведущий поделится полной картой или выгрузками.",
                    "Не вводите пароли, сведения о здоровье и другие чувствительные персональные данные. Бот не считает ни один ответ конфиденциальным.",
                    "Ведущие решают, когда воркшоп начинается, идёт дальше, закрывается, выгружается и удаляется. Остальные могут отвечать, добавлять инсайты, голосовать, изменять и отменять свой последний ответ.",
                ]),
                new LegalSection("Ваши вклады", [
                    "То, что вы вносите, становится частью воркшопа, который принадлежит организации. Как это хранится и удаляется, сказано в заявлении о конфиденциальности.",
                ]),
                new LegalSection("Без гарантий", [
                    "Бот предоставляется «как есть», без каких-либо гарантий. Организация, которая его запускает, сама решает, подходит ли он ей, и сохраняет нужные ей выгрузки.",
                ]),
                new LegalSection("Изменения", [
                    "Эти страницы описывают ту версию бота, которая их показывает, и меняются вместе с ней.",
                ]),
            ]),
    };

    public static LegalPageText For(Language language, LegalFacts facts) => language == Language.Ru ? Russian(facts) : English(facts);

    private static string Days(int days) => $"{days.ToString(CultureInfo.InvariantCulture)} {(days == 1 ? "day" : "days")}";

    private static string RussianDays(int days) =>
        $"{days.ToString(CultureInfo.InvariantCulture)} {RussianNouns.Plural(days, "день", "дня", "дней")}";
}
