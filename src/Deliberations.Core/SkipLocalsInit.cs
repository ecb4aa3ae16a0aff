// The parser builds lines, names and cells in stack buffers it always writes before it reads; the
// runtime would otherwise clear every one of them first (a line of 1,500 characters, 3 KB, per list).
[module: System.Runtime.CompilerServices.SkipLocalsInit]
