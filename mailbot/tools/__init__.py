"""What the daemon never needs: the demo, its throw-away servers, the evaluation
helpers. Imported only by the commands that use them."""
