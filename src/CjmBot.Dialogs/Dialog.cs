using System.Text.Json;

namespace CjmBot.Dialogs;

/// <summary>
/// A step-by-step conversation with one person. Dialogs are stateless definitions shared by everyone:
/// each person's position lives in their own <see cref="DialogFrame"/>, so one instance serves any number
/// of people at once.
/// </summary>
public abstract class Dialog
{
    protected Dialog(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    public string Id { get; }

    /// <summary>Stamped on every frame this dialog starts; change it when stored positions would no longer fit.</summary>
    public virtual string Version => Id;

    /// <summary>Starts the dialog. Its frame is already on top of the stack, holding the options (read them with <see cref="DialogContext.GetOptions{T}"/>).</summary>
    public abstract Task<DialogTurnResult> BeginAsync(DialogContext context, CancellationToken cancellationToken);

    /// <summary>The person sent something while this dialog was on top.</summary>
    public virtual Task<DialogTurnResult> ContinueAsync(DialogContext context, CancellationToken cancellationToken) =>
        context.EndDialogAsync(null, cancellationToken);

    /// <summary>A dialog this one started has ended with <paramref name="result"/>.</summary>
    public virtual Task<DialogTurnResult> ResumeAsync(DialogContext context, JsonElement? result, CancellationToken cancellationToken) =>
        context.EndDialogAsync(result, cancellationToken);
}
