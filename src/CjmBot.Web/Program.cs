using CjmBot.Web.Hosting;

if (HealthProbe.IsRequested(args))
{
    using var handler = new SocketsHttpHandler();
    return await HealthProbe.RunAsync(HealthProbe.TargetFor(Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS")), handler, Console.Out);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddCjmBotHost();
builder.Services.AddCjmBotTelemetry(builder.Configuration);

var app = builder.Build();
app.MapCjmBotEndpoints();
await app.RunAsync();
return 0;

public partial class Program;
