# CjmBot container image: build with the .NET SDK, run on the ASP.NET Core runtime as a non-root user.
#   docker build -t cjmbot:1.0.0 .
#   docker run -p 8080:8080 -e Storage__ConnectionString=... -e Bot__AppId=... cjmbot:1.0.0
# No secret is baked in: every setting comes from the environment at run time (docs/deploy-azure.md).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files alone, so that a code change does not invalidate the package layer.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/CjmBot.Protocol/CjmBot.Protocol.csproj src/CjmBot.Protocol/
COPY src/CjmBot.Dialogs/CjmBot.Dialogs.csproj src/CjmBot.Dialogs/
COPY src/CjmBot.Workshops/CjmBot.Workshops.csproj src/CjmBot.Workshops/
COPY src/CjmBot.Themes/CjmBot.Themes.csproj src/CjmBot.Themes/
COPY src/CjmBot.Application/CjmBot.Application.csproj src/CjmBot.Application/
COPY src/CjmBot.Cards/CjmBot.Cards.csproj src/CjmBot.Cards/
COPY src/CjmBot.Export/CjmBot.Export.csproj src/CjmBot.Export/
COPY src/CjmBot.Storage/CjmBot.Storage.csproj src/CjmBot.Storage/
COPY src/CjmBot.Bot/CjmBot.Bot.csproj src/CjmBot.Bot/
COPY src/CjmBot.Web/CjmBot.Web.csproj src/CjmBot.Web/
RUN dotnet restore src/CjmBot.Web/CjmBot.Web.csproj
COPY src/ src/
RUN dotnet publish src/CjmBot.Web/CjmBot.Web.csproj -c Release -o /app --no-restore -nologo -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# Workstation GC: a replica has half a core and 1 GiB; server GC would reserve heaps it never uses.
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_gcServer=0
EXPOSE 8080
# The runtime image defines the unprivileged user "app" (APP_UID); nothing here needs root.
USER $APP_UID
# The image has no curl: the bot itself asks its own /healthz (storage included) and exits 0 or 1.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD ["dotnet", "CjmBot.Web.dll", "--health-probe"]
ENTRYPOINT ["dotnet", "CjmBot.Web.dll"]
