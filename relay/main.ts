  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
/  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
*  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
*  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
R  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
y  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
p  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
:  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
w  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
y  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
*  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
/  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
m  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
p  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
h  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
p  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
f  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
m  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
d  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
:  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
h  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
p  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
;  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
m  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
p  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
{  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
}  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
f  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
m  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
d  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
:  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
v  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
;  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
m  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
p  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
{  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
R  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
y  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
}  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
f  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
m  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
p  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
m  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
-  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
;  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
m  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
p  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
{  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
f  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
S  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
,  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
S  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
h  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
u  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
d  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
w  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
,  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
L  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
}  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
f  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
m  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
/  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
m  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
m  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
/  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
;  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
m  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
p  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
{  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
m  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
k  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
A  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
u  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
h  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
z  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
}  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
f  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
m  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
/  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
u  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
h  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
;  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
m  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
p  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
{  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
d  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
R  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
y  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
C  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
f  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
,  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
y  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
p  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
R  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
y  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
C  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
f  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
}  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
f  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
m  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
/  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
f  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
;  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
m  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
p  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
{  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
C  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
}  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
f  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
m  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
/  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
;  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
m  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
p  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
{  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
H  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
u  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
b  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
}  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
f  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
m  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
/  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
h  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
u  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
b  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
;  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
m  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
p  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
{  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
y  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
M  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
}  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
f  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
m  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
/  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
m  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
;  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
m  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
p  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
{  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
R  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
d  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
B  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
k  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
}  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
f  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
m  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
/  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
d  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
-  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
b  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
k  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
;  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
m  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
p  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
{  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
y  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
A  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
p  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
p  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
}  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
f  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
m  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
/  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
u  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
;  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
f  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
:  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
R  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
y  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
C  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
f  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
;  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
y  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
{  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
f  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
=  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
d  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
R  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
y  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
C  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
f  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
(  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
p  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
v  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
)  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
;  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
}  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
h  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
(  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
)  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
{  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
f  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
S  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
(  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
L  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
(  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
y  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
,  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
f  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
)  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
,  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
)  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
;  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
}  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
=  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
L  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
(  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
y  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
,  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
f  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
L  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
v  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
,  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
f  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
I  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
d  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
)  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
;  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
y  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
{  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
y  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
=  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
w  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
R  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
y  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
(  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
)  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
;  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
m  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
=  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
y  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
M  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
(  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
y  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
)  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
;  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
b  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
k  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
=  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
w  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
R  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
d  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
B  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
k  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
(  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
f  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
d  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
U  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
,  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
h  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
d  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
(  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
{  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
m  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
p  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
:  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
b  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
k  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
}  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
)  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
)  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
;  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
h  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
u  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
b  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
=  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
w  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
H  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
u  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
b  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
(  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
b  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
k  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
,  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
m  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
,  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
h  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
d  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
(  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
{  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
m  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
p  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
:  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
h  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
u  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
b  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
}  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
)  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
)  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
;  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
=  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
w  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
C  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
(  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
m  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
)  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
;  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
d  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
=  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
f  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
;  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
u  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
h  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
z  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
=  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
m  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
k  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
A  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
u  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
h  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
z  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
(  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
{  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
:  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
f  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
u  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
h  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
J  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
w  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
S  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
,  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
j  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
w  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
k  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
U  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
:  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
f  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
u  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
h  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
J  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
w  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
k  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
U  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
,  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
k  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
:  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
f  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
u  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
h  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
C  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
k  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
}  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
)  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
;  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
p  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
p  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
=  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
y  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
A  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
p  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
p  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
(  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
{  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
f  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
,  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
b  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
k  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
,  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
h  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
u  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
b  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
,  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
,  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
m  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
,  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
y  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
,  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
,  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
u  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
h  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
z  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
,  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
d  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
:  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
(  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
)  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
=  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
>  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
d  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
}  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
)  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
;  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
v  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
=  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
h  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
p  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
S  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
v  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
(  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
p  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
p  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
)  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
;  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
v  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
k  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
p  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
A  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
v  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
T  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
m  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
u  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
=  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
7  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
5  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
_  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
0  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
0  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
0  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
;  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
/  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
/  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
h  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
x  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
'  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
u  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
p  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
m  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
k  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
p  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
v  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
,  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
x  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
f  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
v  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
q  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
u  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
T  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
m  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
u  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
=  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
0  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
;  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
/  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
/  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
m  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
-  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
v  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
d  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
b  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
y  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
d  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
v  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
(  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
f  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
p  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
,  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
f  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
h  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
)  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
;  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
w  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
(  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
v  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
,  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
)  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
;  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
f  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
(  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
{  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
p  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
:  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
f  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
p  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
,  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
u  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
h  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
:  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
u  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
h  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
z  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
?  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
j  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
w  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
:  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
p  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
}  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
,  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
y  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
)  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
;  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
S  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
h  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
u  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
d  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
w  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
(  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
,  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
f  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
h  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
u  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
d  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
w  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
G  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
M  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
,  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
y  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
(  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
)  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
=  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
>  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
{  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
/  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
/  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
d  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
y  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
z  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
u  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
5  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
0  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
3  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
d  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
w  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
f  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
u  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
d  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
,  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
x  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
h  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
m  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
b  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
d  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
=  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
u  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
;  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
v  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
(  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
)  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
;  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
w  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
d  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
(  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
f  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
h  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
u  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
d  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
w  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
G  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
M  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
/  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
2  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
)  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
;  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
w  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
b  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
k  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
(  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
)  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
;  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
.  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
n  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
f  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
(  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
y  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
s  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
p  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
p  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
d  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
"  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
)  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
;  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
}  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
)  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
;  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
}  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
c  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
h  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
(  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
)  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
{  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
f  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
i  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
S  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
a  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
t  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
(  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
l  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
o  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
g  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
,  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
   onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
e  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
r  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
)  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
;  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
}  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
