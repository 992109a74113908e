using CjmBot.Bot;
using CjmBot.Bot.Scheduling;
using CjmBot.Protocol.State;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;
using CjmBot.Workshops.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace CjmBot.Testing;

/// <summary>
/// The real bot (its DI registrations, routes and middleware) over an in-process channel, in-memory
/// state and a fake clock. What Microsoft.Bot.Builder.Testing's test host would give.
/// </summary>
public sealed class BotTestHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly ITestOutputHelper? _output;

    private BotTestHost(ServiceProvider services, ITestOutputHelper? output)
    {
        _services = services;
        _output = output;
        Adapter = (TestAdapter)services.GetRequiredService<ChannelAdapter>();
        Bot = services.GetRequiredService<IBot>();
        Time = services.GetRequiredService<FakeTimeProvider>();
        State = services.GetRequiredService<IStateStore>();
        Workshops = services.GetRequiredService<IWorkshopRepository>();
        Scheduler = services.GetRequiredService<ScheduledJobRunner>();
        Jobs = services.GetRequiredService<IScheduledJobStore>();
    }

    public TestAdapter Adapter { get; }

    public IBot Bot { get; }

    /// <summary>The bot's clock; starts at 2026-11-23 09:00 UTC. Advance it instead of waiting.</summary>
    public FakeTimeProvider Time { get; }

    public IStateStore State { get; }

    public IWorkshopRepository Workshops { get; }

    /// <summary>Runs due timers and reminders when a test says so (after advancing <see cref="Time"/>).</summary>
    public ScheduledJobRunner Scheduler { get; }

    /// <summary>The durable schedule (timers, live map redraws).</summary>
    public IScheduledJobStore Jobs { get; }

    /// <summary>What the channel holds and saw: shared with every other instance of this bot (<see cref="AnotherInstance"/>).</summary>
    public TestChannel Channel => Adapter.Channel;

    public IServiceProvider Services => _services;

    /// <summary>The <c>Exports</c> settings every test host runs with (a fixed test key; links point at <c>https://cjmbot.test</c>).</summary>
    public static IReadOnlyDictionary<string, string?> ExportSettings { get; } = new Dictionary<string, string?>
    {
        ["Exports:SigningKey"] = Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes("cjmbot-tests-export-link-signing-key!")),
        ["Exports:PublicBaseUrl"] = "https://cjmbot.test",
    };

    /// <param name="output">Test output: receives the transcript of every turn and the bot's logs.</param>
    /// <param name="configure">Replaces or adds services after the bot's own registrations.</param>
    public static BotTestHost Create(ITestOutputHelper? output = null, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        services.AddSingleton(time);
        services.AddSingleton<TimeProvider>(time);
        services.AddLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Debug);
            if (output is not null)
            {
                logging.AddProvider(new TestOutputLoggerProvider(output));
            }
        });
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(ExportSettings).Build());
        services.AddSingleton<IStateStore, MemoryStateStore>();
        services.AddSingleton<IWorkshopRepository, InMemoryWorkshopRepository>();
        services.AddSingleton<IScheduledJobStore, InMemoryScheduledJobStore>();
        services.AddCjmBot();
        services.AddSingleton<TestChannel>();
        services.AddSingleton<ChannelAdapter, TestAdapter>();
        configure?.Invoke(services);
        return new BotTestHost(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }), output);
    }

    /// <summary>
    /// A second instance of the bot, as behind a load balancer: its own services, routes and scheduler, sharing this
    /// host's clock, state, workshops, schedule and channel. Dispose it as well.
    /// </summary>
    public BotTestHost AnotherInstance(Action<IServiceCollection>? configure = null) => Create(_output, services =>
    {
        services.AddSingleton(Time);
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(State);
        services.AddSingleton(Workshops);
        services.AddSingleton(Jobs);
        services.AddSingleton(Channel);
        configure?.Invoke(services);
    });

    public TestFlow Flow() => new(this);

    public void Transcript(string line) => _output?.WriteLine(line);

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
