using CjmBot.Protocol.Schema;

namespace CjmBot.Protocol.Turns;

/// <summary>
/// A turn under way: its answer (for an invoke, as soon as it is known), the moment it may be acknowledged (it began to
/// talk to the channel, so what it records is recorded; or it ended) and its end.
/// </summary>
public sealed record RunningTurn(Task<InvokeResponse?> Completion, Task<InvokeResponse?> Answer, Task Acknowledgeable);
