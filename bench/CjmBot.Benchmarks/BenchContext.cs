namespace CjmBot.Benchmarks;

/// <summary>What every scenario works with: the bot under test, the fake connector, a client, and the results.</summary>
internal sealed record BenchContext(
    BotUnderTest Bot,
    FakeConnector Connector,
    BotClient Client,
    TeamsActivities Activities,
    ResultsTable Results,
    string RunId,
    TimeProvider Time);
