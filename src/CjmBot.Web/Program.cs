using CjmBot.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddCjmBotHost();

var app = builder.Build();
app.MapCjmBotEndpoints();
app.Run();

public partial class Program;
