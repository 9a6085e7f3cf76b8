# The medkg service for docker compose (docker-compose.yml): Node 20, production dependencies.
FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source when no prebuilt binary matches.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY . .

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production MEDKG_HOST=0.0.0.0 MEDKG_PORT=4000
COPY --from=build /app /app
# The embedded store (used when NEO4J_URI is unset) and caches live in .data, owned by the app user.
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 4000
CMD ["npx", "--no-install", "medkg", "serve"]
