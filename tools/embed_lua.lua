-- lua5.4 tools/embed_lua.lua IN.lua NAME > OUT.h: the lines of IN as a
-- NULL-ended array of C strings NAME (one literal per line keeps each
-- under the length ISO C promises to support).
local src = assert(io.open(arg[1], "rb")):read("a")
io.write("/* Made from ", arg[1], " by tools/embed_lua.lua. */\n")
io.write("static const char *const ", arg[2], "[] = {\n")
for line in (src .. (src:sub(-1) == "\n" and "" or "\n")):gmatch("([^\n]*)\n") do
  io.write('    "', (line:gsub('[\\"]', "\\%0"):gsub("\t", "\\t")), '\\n",\n')
end
io.write("    NULL};\n")
