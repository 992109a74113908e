using CjmBot.Application.Effects;
using CjmBot.Application.Gate;
using CjmBot.Application.Outcomes;
using CjmBot.Application.Requests;
using Microsoft.Extensions.DependencyInjection;

namespace CjmBot.Application;

/// <summary>A request to the application: where it comes from and what it needs to be admitted.</summary>
public interface IRequest
{
    Origin Origin { get; }

    Access Access { get; }
}

/// <summary>The handler of one use case. It runs only for admitted requests and returns an outcome, never text.</summary>
public interface IUseCase<in TRequest>
    where TRequest : IRequest
{
    Task<Outcome> HandleAsync(TRequest request, Admission admission, CancellationToken cancellationToken);
}

/// <summary>
/// The one door of every workshop change: the gate admits the request (or says why not), its use case's handler runs,
/// and the effects its outcome asks for are dispatched. Routes parse, call this, and render what comes back.
/// </summary>
public sealed class UseCaseRunner(WorkshopGate gate, IEffectDispatcher effects, IServiceProvider services)
{
    public async Task<Outcome> RunAsync<TRequest>(TRequest request, CancellationToken cancellationToken)
        where TRequest : IRequest
    {
        ArgumentNullException.ThrowIfNull(request);
        var (admission, refusal) = await gate.AdmitAsync(request.Origin, request.Access, cancellationToken).ConfigureAwait(false);
        if (refusal is { } reason)
        {
            return new Refused(reason, admission.Head);
        }

        var outcome = await services.GetRequiredService<IUseCase<TRequest>>().HandleAsync(request, admission, cancellationToken).ConfigureAwait(false);
        if (outcome.Effects.Count > 0)
        {
            await effects.DispatchAsync(outcome.Effects, cancellationToken).ConfigureAwait(false);
        }

        return outcome;
    }
}
