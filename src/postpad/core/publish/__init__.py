"""Publishing and the real-site preview: the engine's own commands, found on this machine,
planned as steps, run with their output streamed (decisions 0111-0113). Qt-free."""
