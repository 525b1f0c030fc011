"""The page benchmark (`manage.py bench`): pages timed against their floors."""
