// Vitest setup file: runs before each test file, so every fast-check property uses the run's seed.
import { configureProperties } from './properties';

configureProperties();
