pytest_plugins = ["soracom_client.testing.pytest_plugin"]
