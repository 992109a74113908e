using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CjmBot.Dialogs;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;

namespace CjmBot.UnitTests.Dialogs;

/// <summary>What the profile dialog is begun with.</summary>
internal sealed record ProfileOptions(string Greeting);

/// <summary>How far the profile dialog got: the step it waits on and the name given.</summary>
internal sealed record ProfileState(int Step, string? Name);

/// <summary>The profile dialog's result.</summary>
internal sealed record Profile(string Name, int Score);

/// <summary>How often the score dialog has asked.</summary>
internal sealed record ScoreState(int Attempts);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ProfileOptions))]
[JsonSerializable(typeof(ProfileState))]
[JsonSerializable(typeof(Profile))]
[JsonSerializable(typeof(ScoreState))]
[JsonSerializable(typeof(int))]
internal sealed partial class ProfileJsonContext : JsonSerializerContext;

/// <summary>
/// The dialogs the engine tests drive: a profile (greeting from its options, a name typed or clicked, then a child
/// dialog for a score from -2 to +2 asked up to three times), each keeping its position as its own typed state.
/// </summary>
internal static class ProfileDialogs
{
    public const string Profile = "profile";
    public const string Score = "score";

    /// <param name="withWelcome">A newer definition of the profile that greets first (a new version).</param>
    public static DialogSet Create(bool withWelcome = false) => new DialogSet().Add(new ProfileDialog(withWelcome)).Add(new ScoreDialog());

    public static JsonElement Options(string greeting) => JsonSerializer.SerializeToElement(new ProfileOptions(greeting), ProfileJsonContext.Default.ProfileOptions);

    public static Task SayAsync(ITurnContext turn, string text, CancellationToken cancellationToken) =>
        turn.SendActivityAsync(new Activity { Text = text }, cancellationToken);

    private sealed class ProfileDialog(bool withWelcome) : Dialog(Profile)
    {
        public override string Version => withWelcome ? "profile:2" : "profile:1";

        public override async Task<DialogTurnResult> BeginAsync(DialogContext context, CancellationToken cancellationToken)
        {
            if (context.GetOptions(ProfileJsonContext.Default.ProfileOptions) is { } options)
            {
                await SayAsync(context.Turn, options.Greeting, cancellationToken);
            }

            if (withWelcome)
            {
                await SayAsync(context.Turn, "Welcome", cancellationToken);
            }

            context.SetState(new ProfileState(0, null), ProfileJsonContext.Default.ProfileState);
            await SayAsync(context.Turn, "Your name?", cancellationToken);
            return DialogTurnResult.EndOfTurn;
        }

        public override Task<DialogTurnResult> ContinueAsync(DialogContext context, CancellationToken cancellationToken)
        {
            if (context.Input.TextOrCardField("name")?.Trim() is not { Length: > 0 } name)
            {
                return Task.FromResult(DialogTurnResult.EndOfTurn);
            }

            context.SetState(new ProfileState(1, name), ProfileJsonContext.Default.ProfileState);
            return context.BeginDialogAsync(Score, null, cancellationToken);
        }

        public override async Task<DialogTurnResult> ResumeAsync(DialogContext context, JsonElement? result, CancellationToken cancellationToken)
        {
            var name = context.GetState(ProfileJsonContext.Default.ProfileState)!.Name!;
            if (result?.Deserialize(ProfileJsonContext.Default.Int32) is not { } score)
            {
                await SayAsync(context.Turn, $"Saved {name} without a score", cancellationToken);
                return await context.EndDialogAsync(null, cancellationToken);
            }

            await SayAsync(context.Turn, string.Create(CultureInfo.InvariantCulture, $"Saved {name} {score}"), cancellationToken);
            return await context.EndDialogAsync(JsonSerializer.SerializeToElement(new Profile(name, score), ProfileJsonContext.Default.Profile), cancellationToken);
        }
    }

    private sealed class ScoreDialog() : Dialog(Score)
    {
        private const int MaxAttempts = 3;

        public override async Task<DialogTurnResult> BeginAsync(DialogContext context, CancellationToken cancellationToken)
        {
            context.SetState(new ScoreState(1), ProfileJsonContext.Default.ScoreState);
            await SayAsync(context.Turn, "Score from -2 to +2?", cancellationToken);
            return DialogTurnResult.EndOfTurn;
        }

        public override async Task<DialogTurnResult> ContinueAsync(DialogContext context, CancellationToken cancellationToken)
        {
            if (context.Input.IsEmpty)
            {
                return DialogTurnResult.EndOfTurn;
            }

            if (int.TryParse(context.Input.TextOrCardField("score"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var score) && score is >= -2 and <= 2)
            {
                return await context.EndDialogAsync(JsonSerializer.SerializeToElement(score, ProfileJsonContext.Default.Int32), cancellationToken);
            }

            var attempts = context.GetState(ProfileJsonContext.Default.ScoreState)!.Attempts;
            if (attempts >= MaxAttempts)
            {
                return await context.EndDialogAsync(null, cancellationToken);
            }

            context.SetState(new ScoreState(attempts + 1), ProfileJsonContext.Default.ScoreState);
            await SayAsync(context.Turn, "Again: Score from -2 to +2?", cancellationToken);
            return DialogTurnResult.EndOfTurn;
        }
    }
}
