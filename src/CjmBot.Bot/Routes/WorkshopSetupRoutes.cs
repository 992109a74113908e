using System.Security.Cryptography;
using CjmBot.Bot.Commands;
using CjmBot.Bot.Workshops;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Screens;
using CjmBot.Cards.Submissions;
using CjmBot.Protocol.Routing;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Progress;
using Microsoft.Extensions.Logging;

namespace CjmBot.Bot.Routes;

/// <summary>
/// Starting workshops: <c>new</c> posts the setup form, its button creates the workshop and posts the first
/// question; <c>copy</c> starts the next version of the map; <c>cofacilitator</c> shares the controls.
/// Every start posts the workshop's live map before the first question.
/// </summary>
public sealed class WorkshopSetupRoutes(
    IWorkshopRepository repository,
    WorkshopGuard guard,
    WorkshopTimers timers,
    ConversationReferences references,
    LiveMaps maps,
    TimeProvider time,
    ILogger<WorkshopSetupRoutes> logger,
    CommandRedeliveries redeliveries) : IRouteGroup, ICommandGroup
{
    public IEnumerable<KeyValuePair<BotCommand, CommandHandler>> Handlers =>
    [
        new(BotCommands.New, NewAsync),
        new(BotCommands.Copy, CopyAsync),
        new(BotCommands.CoFacilitator, AddCoFacilitatorsAsync),
    ];

    public void Register(ActivityRouter router)
    {
        router.OnCardAction(NewWorkshopSubmit.VerbName, OpenSetupFromButtonAsync);
        router.OnCardAction(CreateWorkshopSubmit.VerbName, CreateAsync);
        router.OnCardAction(CancelSetupSubmit.VerbName, (turn, _, _) =>
        {
            var language = TurnLanguage.Of(turn.Activity);
            return Task.FromResult(CardActionResult.ReplaceCard(MessageCard.Create(WorkshopText.For(language).SetupCancelled, language)));
        });
    }

    private async Task NewAsync(ITurnContext turn, ParsedCommand command, Language language, CancellationToken cancellationToken)
    {
        if (await RunningWorkshopAsync(turn, cancellationToken).ConfigureAwait(false) is { } running)
        {
            await turn.ReplyAsync(WorkshopText.For(language).AlreadyRunning(ParticipantText.EscapeMarkdown(running.Frame.Title)), cancellationToken)
                .ConfigureAwait(false);
            return;
        }

        await turn.SendActivityAsync(
            new Activity { Attachments = [Attachment.AdaptiveCard(SetupCard.Create(WorkshopText.For(language)))] }, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>The help card's button: the form replaces the help card for the person who clicked.</summary>
    private async Task<CardActionResult> OpenSetupFromButtonAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var language = TurnLanguage.Of(turn.Activity);
        if (await RunningWorkshopAsync(turn, cancellationToken).ConfigureAwait(false) is { } running)
        {
            return CardActionResult.ShowMessage(WorkshopText.For(language).AlreadyRunning(ParticipantText.EscapeMarkdown(running.Frame.Title)));
        }

        var setup = SetupCard.Create(WorkshopText.For(language));
        if (action.IsExecute)
        {
            return CardActionResult.ReplaceCard(setup);
        }

        // Action.Submit would replace the help card for everyone; a new message leaves it in place.
        await turn.SendActivityAsync(new Activity { Attachments = [Attachment.AdaptiveCard(setup)] }, cancellationToken).ConfigureAwait(false);
        return CardActionResult.ShowMessage("");
    }

    private async Task<CardActionResult> CreateAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var turnLanguage = TurnLanguage.Of(turn.Activity);
        var input = CreateWorkshopSubmit.ReadForm(action.Data);
        var (setup, problems) = WorkshopSetup.Parse(input, turnLanguage);
        if (setup is null)
        {
            var text = WorkshopText.For(Languages.TryParse(input.Language) ?? turnLanguage);
            var messages = problems.Select(problem => Describe(text, problem)).ToList();
            return action.IsExecute
                ? CardActionResult.ReplaceCard(SetupCard.Create(text, input, messages))
                : CardActionResult.ShowMessage(text.SetupProblems(messages.Count) + "\n\n" + string.Join("\n\n", messages));
        }

        if (await RunningWorkshopAsync(turn, cancellationToken).ConfigureAwait(false) is { } running)
        {
            return CardActionResult.ShowMessage(WorkshopText.For(setup.Language).AlreadyRunning(ParticipantText.EscapeMarkdown(running.Frame.Title)));
        }

        var now = time.GetUtcNow();
        var creator = WorkshopConversation.Sender(turn.Activity);
        var frame = new WorkshopFrame
        {
            Id = NewWorkshopId(),
            ConversationId = WorkshopConversation.Key(turn.Activity),
            Title = setup.Title,
            Product = setup.Product,
            Goal = setup.Goal,
            MapType = setup.MapType,
            Template = setup.Template,
            Stages = setup.Stages,
            Segments = setup.Segments,
            KpiEnabled = setup.KpiEnabled,
            Anonymous = setup.Anonymous,
            Timebox = setup.Timebox,
            Language = setup.Language,
            CreatedBy = creator,
            CreatedAt = now,
            Facilitators = [creator.Id],
        };
        await StartAsync(turn, frame, cancellationToken).ConfigureAwait(false);
        return CardActionResult.ReplaceCard(WorkshopStartedCard.Create(frame));
    }

    private async Task CopyAsync(ITurnContext turn, ParsedCommand command, Language language, CancellationToken cancellationToken)
    {
        // CommandRoutes refused anyone but a facilitator of the active workshop before this runs.
        var head = (await guard.ActiveHeadAsync(turn, cancellationToken).ConfigureAwait(false))!;
        if (!await redeliveries.IsFirstDeliveryAsync(turn.Activity, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var copier = WorkshopConversation.Sender(turn.Activity);
        var frame = head.Frame with
        {
            Id = NewWorkshopId(),
            CreatedAt = time.GetUtcNow(),
            Version = head.Frame.Version + 1,
            CopiedFromId = head.Frame.Id,
            Facilitators = [.. head.Frame.Facilitators.Union([copier.Id], StringComparer.Ordinal)],
        };

        // The old version stops taking answers: the copy is where the group works now.
        if (head.Progress.Status != WorkshopStatus.Closed)
        {
            await repository.UpdateProgressAsync(head.Frame.Id, (_, progress) => progress.Close(), cancellationToken).ConfigureAwait(false);
            await timers.SyncAsync(head.Frame, head.Progress with { Status = WorkshopStatus.Closed }, cancellationToken).ConfigureAwait(false);
        }

        await turn.ReplyAsync(WorkshopText.For(frame.Language).Copied(frame.Version), cancellationToken).ConfigureAwait(false);
        await turn.SendActivityAsync(new Activity { Attachments = [Attachment.AdaptiveCard(WorkshopStartedCard.Create(frame))] }, cancellationToken)
            .ConfigureAwait(false);
        await StartAsync(turn, frame, cancellationToken).ConfigureAwait(false);
    }

    private async Task AddCoFacilitatorsAsync(ITurnContext turn, ParsedCommand command, Language language, CancellationToken cancellationToken)
    {
        var head = (await guard.ActiveHeadAsync(turn, cancellationToken).ConfigureAwait(false))!;
        var text = WorkshopText.For(head.Frame.Language);
        var people = (turn.Activity.Entities ?? [])
            .Where(entity => entity.Type == Entity.MentionType && entity.Mentioned is { } who && who.Id != turn.Activity.Recipient?.Id)
            .Select(entity => entity.Mentioned!)
            .DistinctBy(who => who.Id)
            .ToList();
        if (people.Count == 0)
        {
            await turn.ReplyAsync(text.CoFacilitatorUsage, cancellationToken).ConfigureAwait(false);
            return;
        }

        await repository.UpdateFrameAsync(head.Frame.Id, frame => frame with
        {
            Facilitators = [.. frame.Facilitators.Union(people.Select(person => person.Id), StringComparer.Ordinal)],
        }, cancellationToken).ConfigureAwait(false);
        var names = string.Join(", ", people.Select(person => ParticipantText.EscapeMarkdown(person.Name ?? person.Id)));
        await turn.ReplyAsync(text.CoFacilitatorsAdded(names), cancellationToken).ConfigureAwait(false);
    }

    private async Task StartAsync(ITurnContext turn, WorkshopFrame frame, CancellationToken cancellationToken)
    {
        var progress = WorkshopProgress.Begin(frame, time.GetUtcNow());
        await repository.CreateAsync(frame, progress, cancellationToken).ConfigureAwait(false);
        await references.SaveAsync(frame.Id, turn.Activity.GetConversationReference(), cancellationToken).ConfigureAwait(false);
        await timers.SyncAsync(frame, progress, cancellationToken).ConfigureAwait(false);
        Log.WorkshopCreated(logger, frame.Id, frame.Segments.Count, frame.Stages.Count);
        var workshop = new WorkshopSnapshot(frame, progress, []);
        await maps.PostAsync(turn, workshop, cancellationToken).ConfigureAwait(false);
        await WorkshopPresenter.PostCurrentAsync(turn, workshop, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The conversation's workshop if it still runs (a closed or finished one does not block a new one).</summary>
    private async Task<WorkshopHead?> RunningWorkshopAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        await guard.ActiveHeadAsync(turn, cancellationToken).ConfigureAwait(false) is { Progress.Status: WorkshopStatus.Running or WorkshopStatus.Paused } head
            ? head
            : null;

    /// <summary>Short, random and safe in every key: 12 lowercase base-32 characters.</summary>
    private static string NewWorkshopId()
    {
        const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        Span<byte> bytes = stackalloc byte[12];
        RandomNumberGenerator.Fill(bytes);
        Span<char> id = stackalloc char[13];
        id[0] = 'w';
        for (var i = 0; i < bytes.Length; i++)
        {
            id[i + 1] = Alphabet[bytes[i] % Alphabet.Length];
        }

        return new string(id);
    }

    private static string Describe(WorkshopText text, SetupProblem problem)
    {
        var field = problem.Field switch
        {
            SetupField.Title => text.TitleLabel,
            SetupField.Product => text.ProductLabel,
            SetupField.Goal => text.GoalLabel,
            SetupField.CustomStages => text.TemplateLabel,
            SetupField.Segments => text.SegmentLabel,
            _ => text.TimeboxLabel,
        };
        return problem.Kind switch
        {
            SetupProblemKind.Missing when problem.Field == SetupField.CustomStages => text.CustomStagesMissing,
            SetupProblemKind.Missing => text.FieldMissing(field),
            SetupProblemKind.TooLong => text.FieldTooLong(field, problem.Limit),
            SetupProblemKind.StageCount => text.StageCount(WorkshopSetup.MinStages, WorkshopSetup.MaxStages),
            SetupProblemKind.DuplicateStage => text.StagesDuplicate,
            SetupProblemKind.SegmentCount => text.SegmentCount(WorkshopSetup.MinSegments, WorkshopSetup.MaxSegments),
            SetupProblemKind.SegmentNameMissing => text.SegmentNameMissing,
            _ => text.TimeboxRange(WorkshopSetup.MinTimebox, WorkshopSetup.MaxTimebox),
        };
    }
}
