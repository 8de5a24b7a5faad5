# Multi-stage build of the gist bot.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props Bot.sln ./
COPY src/ src/
COPY prompts/ prompts/
COPY config/ config/
COPY samples/ samples/
# -r linux-x64 turns on ReadyToRun (see src/Gist/Gist.csproj): faster start and batch extraction.
RUN dotnet publish src/Gist/Gist.csproj -c Release -r linux-x64 --self-contained false -o /app

FROM mcr.microsoft.com/dotnet/runtime:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The SQLite store lives in a volume; the app runs as the image's unprivileged user.
RUN mkdir -p /data && chown app:app /data
USER app
VOLUME ["/data"]
ENV Storage__Path=/data/gist.db \
    DOTNET_gcServer=0
# Configuration comes from the environment: Telegram__BotToken, Llm__Provider, Llm__Endpoint, Llm__ApiKey, Llm__Model…
ENTRYPOINT ["/app/gist"]
CMD ["bot"]
