using CjmBot.Protocol.Schema;

namespace CjmBot.Protocol.Turns;

/// <summary>A turn under way: its answer (for an invoke, as soon as it is known) and its end.</summary>
public sealed record RunningTurn(Task<InvokeResponse?> Completion, Task<InvokeResponse?> Answer);
