using CjmBot.Application.Gate;
using CjmBot.Application.Outcomes;
using CjmBot.Application.Requests;
using CjmBot.Workshops;

namespace CjmBot.Application.UseCases.Sessions;

/// <summary><c>new</c>, or the help card's button: the setup form, unless a workshop is underway here.</summary>
public sealed record OpenSetup(Origin Origin) : IRequest
{
    public Access Access => Access.Anyone(Scope.None);
}

/// <summary>The setup form may be shown.</summary>
public sealed record SetupOffered : Outcome;

/// <summary>A workshop runs (or is paused) in this conversation: one at a time.</summary>
public sealed record AlreadyRunning(WorkshopHead Running) : Outcome;

public sealed class OpenSetupHandler(IWorkshopRepository repository) : IUseCase<OpenSetup>
{
    public async Task<Outcome> HandleAsync(OpenSetup request, Admission admission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var view = await request.Origin.Views.ReadAsync(repository, request.Origin.ConversationId, cancellationToken).ConfigureAwait(false);
        return view.ActiveHead is { Progress.IsUnderway: true } running ? new AlreadyRunning(running) : new SetupOffered();
    }
}
