// Deliberately empty: this module only carries the system ICU's compiler and linker flags
// (from pkg-config) to the CICU target. ICU's own headers are included by CICU's .c files only.
