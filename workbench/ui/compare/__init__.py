"""The Compare room: two documents side by side and what they share."""
