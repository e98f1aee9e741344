"""The timeline: items on a zoomable time axis in lanes, with filters and an undated list.
"""
