using CjmBot.Application.Gate;
using CjmBot.Application.Outcomes;
using CjmBot.Application.Requests;
using CjmBot.Workshops;

namespace CjmBot.Application.UseCases.Sessions;

/// <summary>
/// A button that only replaces the card it is on: the setup form's Cancel (by the person it was posted for) and the help
/// card's language switch. Even that passes the gate: the card must be of the kind the button belongs to, or a forged
/// click could overwrite any message of the bot's (the live map) for the whole chat.
/// </summary>
public sealed record ReplaceOwnCard(Origin Origin, string CardKind, Who Who) : IRequest
{
    public Access Access => new(Who, Scope.None) { CardKind = CardKind };

    public static ReplaceOwnCard CancelSetup(Origin origin) => new(origin, CardKinds.Setup, Who.CardRecipient);

    public static ReplaceOwnCard SwitchHelpLanguage(Origin origin) => new(origin, CardKinds.Help, Who.Anyone);
}

/// <summary>The card may be replaced.</summary>
public sealed record CardReplaceable(PostedCard Card) : Outcome;

public sealed class ReplaceOwnCardHandler : IUseCase<ReplaceOwnCard>
{
    public Task<Outcome> HandleAsync(ReplaceOwnCard request, Admission admission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(admission);
        return Task.FromResult<Outcome>(new CardReplaceable(admission.Card!));
    }
}
