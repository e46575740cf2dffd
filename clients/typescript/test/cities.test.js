// What a browser app does: the generated client calls Cities over gRPC-Web through the gateway's
// HTTP/1.1 face. MC2CM_GATEWAY_URL is that face (./run.sh serves it on http://localhost:5080).
import assert from "node:assert/strict";
import { test } from "node:test";
import { Code, ConnectError, createClient } from "@connectrpc/connect";
import { createGrpcWebTransport } from "@connectrpc/connect-web";
import { CitiesService } from "../gen/mc2cm/cities/v1/cities_pb.js";

const baseUrl = process.env.MC2CM_GATEWAY_URL ?? "http://localhost:5080";
// Binary gRPC-Web: the format ASP.NET Core's gRPC-Web middleware speaks.
const cities = createClient(CitiesService, createGrpcWebTransport({ baseUrl, useBinaryFormat: true }));

test("ListCities returns the seeded cities of phase one", async () => {
  const response = await cities.listCities({ phase: "phases/phase-1" });

  assert.equal(response.totalSize, 9);
  assert.ok(response.cities.some((city) => city.name === "cities/tunis"), "tunis is listed");
});

test("GetCity reads a city, its names and its 64-bit population", async () => {
  const { city } = await cities.getCity({ name: "cities/tunis" });

  assert.equal(city?.displayName?.ar, "تونس");
  assert.equal(city?.population?.value, 638_845n);
});

test("an unknown city is NOT_FOUND, read from the gRPC-Web trailers", async () => {
  await assert.rejects(cities.getCity({ name: "cities/atlantis" }),
    (error) => error instanceof ConnectError && error.code === Code.NotFound);
});
