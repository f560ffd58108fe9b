# The relay and producer images (one file, two targets: `--target relay`, `--target producer`),
# and the worker's `logrelay` command (`--target client`).
# Node 24 runs the TypeScript sources directly (type stripping): no build step, no dist/.
# docker-compose.yml builds both; the base tag is the official image (a local stand-in in CI).
# `--target web` is nginx with the viewer page, for Kubernetes.

# Production dependencies only, installed exactly from the lockfile.
FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

# What both services share: node_modules, package.json ("type": "module") and common/.
# Files stay owned by root, so the unprivileged process cannot rewrite its own code.
FROM node:24-bookworm-slim AS base
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json ./
COPY common ./common
USER node

FROM base AS relay
COPY relay ./relay
ENV PORT=3000
EXPOSE 3000
CMD ["node", "--max-semi-space-size=4", "--heap-growing-percent=20", "relay/main.ts"]

FROM base AS producer
# the demo (DEMO=1) writes through the client library, as a build worker does
COPY client ./client
COPY producer ./producer
ENV PORT=3100
EXPOSE 3100
CMD ["node", "--max-semi-space-size=4", "--heap-growing-percent=20", "producer/main.ts"]

# The worker's command: `docker run --rm logrelay-client tail URL`, or copied into a build image
# (`COPY --from=... /app /opt/logrelay`, then `node /opt/logrelay/client/cli.ts run ...`).
# It needs Node and its own files only: no node_modules.
FROM node:24-bookworm-slim AS client
ENV NODE_ENV=production
WORKDIR /app
COPY package.json ./
COPY common ./common
COPY client ./client
USER node
ENTRYPOINT ["node", "/app/client/cli.ts"]
CMD ["--help"]

# nginx with the viewer page, for Kubernetes (deploy/kubernetes/; compose mounts nginx/ instead).
# nginx.conf and upstreams.conf come from a ConfigMap. Open-source nginx >= 1.27.3 is needed for
# `server ... resolve` in the Kubernetes upstreams.
FROM nginx:1.27-bookworm AS web
COPY nginx/html /etc/nginx/html
