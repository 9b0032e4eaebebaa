# SPDX-License-Identifier: MIT
# Debug information that stays small.
#
# A RelWithDebInfo tree holds some 200 test executables, each linking the core and the sandbox
# statically. With full DWARF (-g) they took 6.4 GB, and a CI machine with little free disk ran out
# of space while linking. Line tables (-g1; clang's -gline-tables-only) keep function names and
# file:line in backtraces, debuggers and sanitizer reports; -gz compresses the debug sections. The
# same tree then takes about a fifth of the space. STARDECK_FULL_DEBUG_INFO=ON keeps full -g
# (locals and types) for a debugging session. The tsan preset turns it on: line tables name inlined
# frames without their scope ("invokeMethod<...>" for "QMetaObject::invokeMethod<...>"), and the
# entries of tests/sanitizers/tsan.supp match the qualified names.
include(CheckCXXCompilerFlag)
include(CheckLinkerFlag)

option(STARDECK_FULL_DEBUG_INFO "Full DWARF (-g) in RelWithDebInfo instead of compressed line tables" OFF)

if(NOT STARDECK_FULL_DEBUG_INFO AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  # After CMAKE_CXX_FLAGS_RELWITHDEBINFO on the command line, so -g1 overrides its -g.
  add_compile_options($<$<CONFIG:RelWithDebInfo>:-g1>)
  check_cxx_compiler_flag(-gz STARDECK_HAVE_GZ)
  check_linker_flag(CXX -gz STARDECK_HAVE_LINK_GZ)
  if(STARDECK_HAVE_GZ AND STARDECK_HAVE_LINK_GZ)
    add_compile_options($<$<CONFIG:RelWithDebInfo>:-gz>)
    add_link_options($<$<CONFIG:RelWithDebInfo>:-gz>)
  endif()
endif()
