// Preloaded into npm test servers (node --import) so they listen on 127.0.0.1 only,
// not on every interface: the tests must not expose anything to the network.
import net from 'node:net';
const orig = net.Server.prototype.listen;
net.Server.prototype.listen = function (...a) {
  if (typeof a[0] === 'number' || typeof a[0] === 'string')
    return orig.call(this, { port: Number(a[0]), host: '127.0.0.1' }, a.find(x => typeof x === 'function'));
  if (a[0] && typeof a[0] === 'object' && !a[0].path) a[0].host = '127.0.0.1';
  return orig.apply(this, a);
};
