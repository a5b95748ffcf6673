// Every topic can be completed in the browser: the first and the last scripted path of each
// topic, with the expected tips, and nothing requested from another host.
import { expect, test } from "@playwright/test";
import { Widget, guardNetwork, pathsOf, topics } from "./widget";

for (const id of Object.keys(topics).sort()) {
  const paths = pathsOf(id);
  for (const path of new Set([paths[0], paths[paths.length - 1]])) {
    test(`${id}: ${path.name}`, async ({ page }) => {
      const foreign = await guardNetwork(page);
      const topic = topics[id];
      const w = new Widget(page);
      await w.open();
      await w.start(path.sector, path.role, topic);
      await w.followPath(topic, path);
      await w.expectTips(topic, path);
      expect(foreign).toEqual([]);
    });
  }
}
