# The reference backend as a commune runs it: production mode (the demo is off),
# as a non-root user, PostgreSQL from DATABASE_URL (see compose.yaml and
# server/README.md, "Running it for a commune").
#   docker build -t family-portal-server .
#   docker run -e SESSION_SECRET=… -e PUBLIC_URL=https://… -e DATABASE_URL=… -p 8787:8787 family-portal-server
FROM node:20-slim

ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8787 \
    FP_DATA_DIR=/app/.data/pglite

WORKDIR /app

# Dependencies first, so that a change of the sources reuses this layer.
COPY package.json package-lock.json ./
COPY server/package.json server/
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# The server runs its TypeScript as is (tsx), with the domain rules and demo data it imports from src/.
COPY tsconfig.json ./
COPY src src
COPY server/tsconfig.json server/
COPY server/src server/src
COPY server/migrations server/migrations

# PGlite's folder, for a trial without PostgreSQL (mount a volume on it to keep the data).
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node

EXPOSE 8787
# Node itself as PID 1's child-free process: SIGTERM reaches the server, which closes cleanly.
CMD ["node", "--import", "tsx", "server/src/main.ts"]
