"""Graphics items of the canvas. Each holds an id and reads the model when painting."""
