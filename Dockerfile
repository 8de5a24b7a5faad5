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

# The ASP.NET Core shared framework: webhook mode (Telegram__Mode=Webhook) listens on 8080 with Kestrel.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# Images, scans and speech (src/Gist.Media): Tesseract OCR with the language packs of the default Media__OcrLanguages,
# pdftoppm for scanned PDFs, ffmpeg for voice and video. prlimit (util-linux) bounds their memory.
RUN apt-get update \
    && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-eng tesseract-ocr-ara tesseract-ocr-fas \
       tesseract-ocr-rus tesseract-ocr-chi-sim poppler-utils ffmpeg util-linux \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
# The SQLite store lives in a volume; the app runs as the image's unprivileged user.
RUN mkdir -p /data && chown app:app /data
USER app
VOLUME ["/data"]
# The bot's HTTP listener (Telegram__WebhookListenUrl, default http://0.0.0.0:8080): the webhook, /healthz, /readyz and
# /metrics. Polling opens no port unless Telegram__WebhookListenUrl is set.
EXPOSE 8080
# ASPNETCORE_HTTP_PORTS (8080 in the aspnet image) is emptied: Telegram__WebhookListenUrl decides, without a
# start-up warning about overriding it.
ENV Storage__Path=/data/gist.db \
    DOTNET_gcServer=0 \
    ASPNETCORE_HTTP_PORTS=
# Configuration comes from the environment: Telegram__BotToken, Llm__Provider, Llm__Endpoint, Llm__ApiKey, Llm__Model…
ENTRYPOINT ["/app/gist"]
CMD ["bot"]
