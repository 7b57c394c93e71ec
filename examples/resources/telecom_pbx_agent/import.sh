# An agent is imported as <client_id>/local/<agent_id> or <client_id>/remote/<agent_id>.
terraform import telecom_pbx_agent.anna @me/local/42
