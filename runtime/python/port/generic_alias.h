// The run-time generic types of port/generic_alias.c (patch 0066): types.GenericAlias (list[int])
// and types.UnionType (int | None).
#pragma once

#include "py/obj.h"

extern const mp_obj_type_t lsp_type_GenericAlias;
extern const mp_obj_type_t lsp_type_UnionType;
