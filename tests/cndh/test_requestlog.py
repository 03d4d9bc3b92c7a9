"""Structured logs: one JSON line per request with its id, status and timing."""

import io
import json
import logging
import logging.config
import uuid

import pytest
from django.conf import settings


@pytest.fixture
def log_lines():
    """What the production configuration writes for the request logger, line by line."""
    configurator = logging.config.DictConfigurator(settings.LOGGING)
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(configurator.configure_formatter(dict(settings.LOGGING["formatters"]["json"])))
    handler.addFilter(configurator.configure_filter(dict(settings.LOGGING["filters"]["request_id"])))
    logger = logging.getLogger("cndh.request")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    yield lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    logger.removeHandler(handler)


def test_each_request_is_one_json_line_with_the_proxys_request_id(client, db, log_lines):
    request_id = uuid.uuid4().hex
    response = client.get("/fr/news/", headers={"X-Request-ID": request_id})
    assert response["X-Request-ID"] == request_id
    [line] = log_lines()
    assert line["request_id"] == request_id
    assert (line["level"], line["logger"], line["method"], line["path"], line["status"]) == (
        "INFO",
        "cndh.request",
        "GET",
        "/fr/news/",
        200,
    )
    assert isinstance(line["duration_ms"], float) and line["duration_ms"] >= 0
    assert "client" not in line  # visitors' addresses are not recorded unless the operator asks


def test_a_request_id_that_is_not_a_uuid_is_replaced_and_a_forged_path_stays_one_line(client, db, log_lines):
    response = client.get("/fr/news/%0aINFO%20forged", headers={"X-Request-ID": "evil\ninjected"})
    assert response.status_code == 404
    [line] = log_lines()
    assert line["request_id"] == response["X-Request-ID"] != "evil\ninjected"
    uuid.UUID(line["request_id"])
    assert line["path"] == "/fr/news/INFO forged" and line["status"] == 404


def test_the_client_address_is_logged_when_the_operator_turns_it_on(client, db, log_lines, settings):
    settings.LOG_CLIENT_ADDRESS = True
    client.get("/fr/news/", REMOTE_ADDR="203.0.113.7")
    assert log_lines()[0]["client"] == "203.0.113.7"
