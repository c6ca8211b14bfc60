// The loop's low-level networking (network.c, shim/_asyncio_network.py): create_server,
// create_connection, create_datagram_endpoint, the sock_* coroutines and add_reader/add_writer,
// over the run's in-process network of `socket` (shim/_lsnet.py).
//
// They are Python (as CPython's selector_events.py is): each loop method here forwards to the
// shim's function of the same name with the loop as first argument, so the loop's native table
// stays the one place its methods are listed. asyncio.Protocol and the transport classes come
// through the module's __getattr__ (shim/_asyncio_events.py re-exports them).
#pragma once

#ifndef __cplusplus  // The MicroPython side only (nothing in C++).

#include "asyncio/binding.h"

#define LSP_NETWORK_METHOD_NAMES(X) \
    X(create_server)                \
    X(create_connection)            \
    X(create_datagram_endpoint)     \
    X(sock_recv)                    \
    X(sock_recvfrom)                \
    X(sock_recvfrom_into)           \
    X(sock_sendto)                  \
    X(sock_recv_into)               \
    X(sock_sendall)                 \
    X(sock_accept)                  \
    X(sock_connect)                 \
    X(getaddrinfo)                  \
    X(add_reader)                   \
    X(remove_reader)                \
    X(add_writer)                   \
    X(remove_writer)

#define LSP_NETWORK_DECLARE(name) extern const mp_obj_fun_builtin_var_t lsp_loop_net_##name##_obj;
LSP_NETWORK_METHOD_NAMES(LSP_NETWORK_DECLARE)
#undef LSP_NETWORK_DECLARE

#define LSP_LOOP_METHODS_NETWORK(X)                                                     \
    X(create_server, MP_ROM_PTR(&lsp_loop_net_create_server_obj))                       \
    X(create_connection, MP_ROM_PTR(&lsp_loop_net_create_connection_obj))               \
    X(create_datagram_endpoint, MP_ROM_PTR(&lsp_loop_net_create_datagram_endpoint_obj)) \
    X(sock_recv, MP_ROM_PTR(&lsp_loop_net_sock_recv_obj))                               \
    X(sock_recvfrom, MP_ROM_PTR(&lsp_loop_net_sock_recvfrom_obj))                       \
    X(sock_recvfrom_into, MP_ROM_PTR(&lsp_loop_net_sock_recvfrom_into_obj))             \
    X(sock_sendto, MP_ROM_PTR(&lsp_loop_net_sock_sendto_obj))                           \
    X(sock_recv_into, MP_ROM_PTR(&lsp_loop_net_sock_recv_into_obj))                     \
    X(sock_sendall, MP_ROM_PTR(&lsp_loop_net_sock_sendall_obj))                         \
    X(sock_accept, MP_ROM_PTR(&lsp_loop_net_sock_accept_obj))                           \
    X(sock_connect, MP_ROM_PTR(&lsp_loop_net_sock_connect_obj))                         \
    X(getaddrinfo, MP_ROM_PTR(&lsp_loop_net_getaddrinfo_obj))                           \
    X(add_reader, MP_ROM_PTR(&lsp_loop_net_add_reader_obj))                             \
    X(remove_reader, MP_ROM_PTR(&lsp_loop_net_remove_reader_obj))                       \
    X(add_writer, MP_ROM_PTR(&lsp_loop_net_add_writer_obj))                             \
    X(remove_writer, MP_ROM_PTR(&lsp_loop_net_remove_writer_obj))

#endif
