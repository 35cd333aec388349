#!/usr/bin/env python3
"""A TCP proxy on loopback that holds every new connection's first bytes for DELAY seconds
before passing them on: a real server that answers slowly. Prints its port, then serves
until killed. Usage: slowproxy.py TARGET_PORT DELAY_SECONDS"""
import asyncio
import sys

target_port, delay = int(sys.argv[1]), float(sys.argv[2])


async def pipe(reader, writer):
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    except (ConnectionError, asyncio.CancelledError):
        pass
    finally:
        writer.close()


async def handle(client_reader, client_writer):
    await asyncio.sleep(delay)
    try:
        server_reader, server_writer = await asyncio.open_connection("127.0.0.1", target_port)
    except OSError:
        client_writer.close()
        return
    await asyncio.gather(pipe(client_reader, server_writer), pipe(server_reader, client_writer))


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


asyncio.run(main())
