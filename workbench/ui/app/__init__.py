"""The window shell: startup, the main window, its menus, the analyst workspace.

The top room: it may import every other room, and no room imports it.
"""
