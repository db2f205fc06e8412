"""File › Publish…: the check gate, the plan, and a live log of the engine's output (issue 14
part 2; decision 0111)."""
