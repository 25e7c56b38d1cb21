"""The map canvas: scene, items, legend, view and interaction modes."""
