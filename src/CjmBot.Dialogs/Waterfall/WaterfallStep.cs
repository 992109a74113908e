namespace CjmBot.Dialogs.Waterfall;

/// <summary>One step of a <see cref="WaterfallDialog"/>: ask something (and wait), start a child dialog, or move on.</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext step, CancellationToken cancellationToken);
