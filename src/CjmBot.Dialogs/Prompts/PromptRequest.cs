using System.Text.Json.Nodes;
using CjmBot.Protocol.Turns;

namespace CjmBot.Dialogs.Prompts;

/// <summary>
/// A prompt asks the caller to put its question to the person: first time (<see cref="Attempt"/> 0) or
/// again after an answer it could not accept. <see cref="Options"/> are whatever the prompt was begun with.
/// </summary>
public sealed record PromptRequest(ITurnContext Turn, string PromptId, JsonNode? Options, int Attempt)
{
    public bool IsRetry => Attempt > 0;
}

/// <summary>Sends a prompt's question (text, card, anything): the engine itself holds no wording.</summary>
public delegate Task PromptSender(PromptRequest request, CancellationToken cancellationToken);

/// <summary>A recognized answer, for a caller's extra check.</summary>
public sealed record PromptValidation<T>(ITurnContext Turn, T Value, JsonNode? Options, int Attempt);

/// <summary>Accepts or rejects a recognized answer; a rejected one counts as a failed attempt.</summary>
public delegate ValueTask<bool> PromptValidator<T>(PromptValidation<T> validation, CancellationToken cancellationToken);
