namespace CjmBot.Protocol.Turns;

/// <summary>The application logic for one inbound activity (a turn).</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}

public delegate Task NextDelegate(CancellationToken cancellationToken);

/// <summary>Runs around every turn, in registration order (an onion around the bot).</summary>
public interface ITurnMiddleware
{
    Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken);
}
