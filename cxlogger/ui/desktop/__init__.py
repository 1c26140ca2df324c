"""The app on the desktop: tray, reminders and notifier, native notifications, a single
instance, the idle health watch."""
