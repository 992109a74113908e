using CjmBot.Application.Effects;
using CjmBot.Application.Gate;
using CjmBot.Application.Outcomes;
using CjmBot.Application.Requests;
using CjmBot.Workshops;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Progress;
using CjmBot.Workshops.Writes;
using Microsoft.Extensions.Logging;

namespace CjmBot.Application.UseCases.Sessions;

/// <summary>The setup form's Start: creates the workshop (the sender becomes its facilitator).</summary>
public sealed record StartWorkshop(Origin Origin, WorkshopSetupInput Input, Language TurnLanguage) : IRequest
{
    public Access Access => new(Who.Anyone, Scope.None) { CardKind = CardKinds.Setup };
}

/// <summary>The form has problems; nothing was created.</summary>
public sealed record SetupInvalid(WorkshopSetupInput Input, IReadOnlyList<SetupProblem> Problems, Language Language) : Outcome;

/// <summary>The workshop was created and is running at its first question.</summary>
public sealed record WorkshopStarted(WorkshopSnapshot Workshop) : Outcome;

/// <summary>
/// One running workshop per conversation, atomically: the store decides among starts at the same moment, and the id is
/// derived from the operation, so a redelivered start creates nothing.
/// </summary>
public sealed class StartWorkshopHandler(IWorkshopRepository repository, TimeProvider time, ILogger<StartWorkshopHandler> logger) : IUseCase<StartWorkshop>
{
    public async Task<Outcome> HandleAsync(StartWorkshop request, Admission admission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (setup, problems) = WorkshopSetup.Parse(request.Input, request.TurnLanguage);
        if (setup is null)
        {
            return new SetupInvalid(request.Input, problems, Languages.TryParse(request.Input.Language) ?? request.TurnLanguage);
        }

        var origin = request.Origin;
        var view = await origin.Views.ReadAsync(repository, origin.ConversationId, cancellationToken).ConfigureAwait(false);
        if (view.ActiveHead is { Progress.IsUnderway: true } underway && underway.Frame.Id != WorkshopIds.For(origin.OperationId))
        {
            return new AlreadyRunning(underway);
        }

        var now = time.GetUtcNow();
        var frame = new WorkshopFrame
        {
            Id = WorkshopIds.For(origin.OperationId),
            ConversationId = origin.ConversationId,
            Title = setup.Title,
            Product = setup.Product,
            Goal = setup.Goal,
            MapType = setup.MapType,
            Template = setup.Template,
            Stages = setup.Stages,
            Segments = setup.Segments,
            KpiEnabled = setup.KpiEnabled,
            Anonymous = setup.Anonymous,
            BlindStages = setup.BlindStages,
            Timebox = setup.Timebox,
            Language = setup.Language,
            CreatedBy = origin.Actor,
            CreatedAt = now,
            Facilitators = [origin.Actor.Id],
        };
        return await CreateAsync(repository, origin, frame, now, logger, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates a workshop as a start or a copy does, and says what became of it.</summary>
    internal static async Task<Outcome> CreateAsync(
        IWorkshopRepository repository, Origin origin, WorkshopFrame frame, DateTimeOffset now, ILogger logger, CancellationToken cancellationToken)
    {
        var progress = WorkshopProgress.Begin(frame, now);
        var created = await repository.CreateAsync(frame, progress, cancellationToken).ConfigureAwait(false);
        origin.Views.Forget();
        switch (created)
        {
            case WorkshopCreation.AlreadyExists:
                Log.AlreadyDone(logger, nameof(StartWorkshop), frame.Id);
                return AlreadyDone.Instance;
            case WorkshopCreation.AnotherRunning:
                Log.AnotherRunning(logger, frame.Id);
                var view = await origin.Views.ReadAsync(repository, origin.ConversationId, cancellationToken).ConfigureAwait(false);
                return view.ActiveHead is { } running ? new AlreadyRunning(running) : WorkshopGone.Instance;
            default:
                Log.WorkshopCreated(logger, frame.Id, frame.Segments.Count, frame.Stages.Count);
                return new WorkshopStarted(new WorkshopSnapshot(frame, progress, [])) { Effects = [new TimerChanged(frame, progress)] };
        }
    }
}
