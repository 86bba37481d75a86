"""How members hear about their communities: each new item, daily or weekly digests by e-mail."""
